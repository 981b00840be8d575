;;; test.el --- Emacs + eglot against the Derbes language server (stdio)  -*- lexical-binding: t -*-
;; Run through e2e/emacs/run.sh: `emacs --batch -l <init.el> -l e2e/emacs/test.el', where init.el is the
;; docs/editors.md snippet (derbes-mode from yaml-mode, auto-mode-alist, eglot-server-programs, eglot-ensure).
;; env: DERBES_FILE (the policy to open), DERBES_EXPECT_CODE (a diagnostic code it must have, optional),
;;      DERBES_EXPECT_COUNT (how many diagnostics Flymake must show, optional),
;;      DERBES_DATA_CATEGORIES (comma-separated taxonomy ids completion must offer), DERBES_EMACS_TIMEOUT (s).
;; Drives what a user does: visit the file (C-x C-f), let the command loop finish (eglot-ensure connects
;; from post-command-hook), read Flymake's diagnostics, complete at a category: value with the
;; completion-at-point functions (C-M-i), ask ElDoc for hover. Works with Emacs 28 + elpa-eglot 1.9 and
;; with the eglot built into Emacs 29+.
;; Prints "ok - ..." / "not ok - ..." lines and "N passed, N failed"; exits non-zero on failure.

(require 'cl-lib)
(require 'subr-x)

(defvar derbes-test-file (or (getenv "DERBES_FILE") (error "DERBES_FILE not set")))
(defvar derbes-test-timeout (string-to-number (or (getenv "DERBES_EMACS_TIMEOUT") "30")))
(defvar derbes-test-passed 0)
(defvar derbes-test-failed 0)

(defun derbes-test-out (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n") #'external-debugging-output))

(defmacro derbes-test-check (name &rest body)
  (declare (indent 1))
  `(condition-case err
       (progn ,@body
              (cl-incf derbes-test-passed)
              (derbes-test-out "ok - %s" ,name))
     (error (cl-incf derbes-test-failed)
            (derbes-test-out "not ok - %s: %s" ,name (error-message-string err)))))

(defun derbes-test-wait (pred what)
  "Let Emacs process server output until PRED is non-nil, or fail after the timeout."
  (let ((deadline (+ (float-time) derbes-test-timeout)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or (funcall pred) (error "%s: not within %s s" what derbes-test-timeout))))

(defun derbes-test-finish ()
  (derbes-test-out "%d passed, %d failed" derbes-test-passed derbes-test-failed)
  (kill-emacs (if (zerop derbes-test-failed) 0 1)))

;; count every publishDiagnostics for our file (as the Neovim test does): an empty list counts too
(defvar derbes-test-published 0)
(with-eval-after-load 'eglot
  (cl-defmethod eglot-handle-notification :after
    (_server (_method (eql textDocument/publishDiagnostics)) &key uri &allow-other-keys)
    (when (file-equal-p (funcall (if (fboundp 'eglot-uri-to-path) 'eglot-uri-to-path 'eglot--uri-to-path) uri)
                        derbes-test-file)
      (cl-incf derbes-test-published))))

;; what C-x C-f does, then the end of that command
(find-file derbes-test-file)
(defvar derbes-test-connect-error
  (condition-case err (progn (run-hooks 'post-command-hook) nil)
    (error (error-message-string err))))
(defvar derbes-test-buffer (current-buffer))

(derbes-test-check "visiting the file selects derbes-mode"
  (unless (eq major-mode 'derbes-mode) (error "major mode is %s" major-mode))
  (unless (derived-mode-p 'yaml-mode) (error "derbes-mode does not derive from yaml-mode")))

(derbes-test-check "eglot-ensure connects to the language server"
  (when derbes-test-connect-error (error "%s" derbes-test-connect-error))
  (derbes-test-wait (lambda () (with-current-buffer derbes-test-buffer (eglot-managed-p)))
                    "the buffer is not managed by eglot")
  (let ((server (eglot-current-server)))
    (unless (process-live-p (jsonrpc--process server)) (error "server process is not running"))
    (derbes-test-out "  # %s, command %S" (eglot--server-info server)
                     (process-command (jsonrpc--process server)))))

(unless (eglot-managed-p)
  ;; show what the server said on stderr before it went away
  (dolist (b (buffer-list))
    (when (string-match-p "EGLOT.*stderr" (buffer-name b))
      (with-current-buffer b
        (dolist (l (last (split-string (buffer-string) "\n" t) 15)) (derbes-test-out "  # %s" l)))))
  (derbes-test-finish))

(defun derbes-test-diag-code (d)
  (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
    (plist-get lsp :code)))

(derbes-test-check "diagnostics arrive through Flymake with source derbes and a code"
  (derbes-test-wait (lambda () (> derbes-test-published 0)) "no textDocument/publishDiagnostics")
  (unless flymake-mode (error "flymake-mode is off"))
  ;; Flymake runs eglot's backend when the buffer is displayed; the report follows the notification
  (derbes-test-wait (lambda () (memq 'eglot-flymake-backend (flymake-reporting-backends)))
                    "Flymake has no report from eglot")
  ;; as many as `derbes check' reports for the file (run.sh passes the CLI's count)
  (let ((n (getenv "DERBES_EXPECT_COUNT")))
    (when (and n (not (string-empty-p n)))
      (condition-case nil
          (derbes-test-wait (lambda () (= (length (flymake-diagnostics)) (string-to-number n))) "")
        (error (error "Flymake has %d diagnostics, derbes check reports %s"
                      (length (flymake-diagnostics)) n)))))
  (let* ((ds (flymake-diagnostics))
         (codes (mapcar (lambda (d) (format "%s" (derbes-test-diag-code d))) ds))
         (want (getenv "DERBES_EXPECT_CODE")))
    (dolist (d ds)
      (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
        (unless (equal (plist-get lsp :source) "derbes")
          (error "unexpected source %S: %s" (plist-get lsp :source) (flymake-diagnostic-text d)))
        (unless (plist-get lsp :code) (error "diagnostic without code: %s" (flymake-diagnostic-text d)))
        (unless (<= (point-min) (flymake-diagnostic-beg d) (flymake-diagnostic-end d) (point-max))
          (error "diagnostic outside the buffer: %s" (flymake-diagnostic-text d)))))
    (derbes-test-out "  # %d diagnostics: %s" (length ds) (string-join codes ", "))
    (when (and want (not (string-empty-p want)))
      (let ((d (cl-find want ds :key #'derbes-test-diag-code :test #'equal)))
        (unless d (error "expected a %S diagnostic" want))
        ;; what the user reads in the echo area / flymake-show-buffer-diagnostics
        (unless (string-match-p (regexp-quote (format "[%s]" want)) (flymake-diagnostic-text d))
          (error "the message does not show the code: %s" (flymake-diagnostic-text d)))
        (derbes-test-out "  # %s" (flymake-diagnostic-text d))))))

(defun derbes-test-goto-category-value ()
  "Move point just after \"category: \" on the first such line inside the top-level data: map."
  (goto-char (point-min))
  (let (section found)
    (while (and (not found) (not (eobp)))
      (when (looking-at "\\([[:alnum:]-]+\\):") (setq section (match-string 1)))
      (when (and (equal section "data")
                 (re-search-forward "category:[ \t]*" (line-end-position) t))
        (setq found (point)))
      (unless found (forward-line 1)))
    (or found (error "no \"category:\" in the data: map of %s" derbes-test-file))))

(defvar derbes-test-expected-ids
  (split-string (or (getenv "DERBES_DATA_CATEGORIES") "") "," t))

(derbes-test-check "completion at a category: value offers the taxonomy ids"
  (derbes-test-goto-category-value)
  ;; C-M-i runs the completion-at-point functions; eglot put its own first
  (let* ((capf (run-hook-wrapped 'completion-at-point-functions
                                 (lambda (f) (let ((r (funcall f))) (and (consp r) r)))))
         (table (nth 2 capf))
         (cands (and capf (all-completions "" table)))
         (hits (cl-count-if (lambda (c) (member (substring-no-properties c) derbes-test-expected-ids)) cands)))
    (unless capf (error "no completion-at-point function answered"))
    (unless cands (error "completion returned no items"))
    (unless (>= hits 3) (error "only %d data categories among %d items" hits (length cands)))
    (derbes-test-out "  # %d items, %d taxonomy ids, e.g. %s" (length cands) hits (car cands))))

(derbes-test-check "completion-at-point completes a typed prefix of a category id"
  ;; type the start of an id that no other id starts with, press C-M-i, expect the whole id
  (let* ((id (or (cl-find-if (lambda (id)
                               (and (>= (length id) 6)
                                    (= 1 (cl-count-if (lambda (o) (string-prefix-p (substring id 0 5) o))
                                                      derbes-test-expected-ids))))
                             derbes-test-expected-ids)
                 (error "no taxonomy id with a unique 5-letter prefix")))
         (prefix (substring id 0 5))
         start)
    (derbes-test-goto-category-value)
    (setq start (point))
    ;; replace the value with the prefix, as typed
    (skip-chars-forward "^,}\n")
    (delete-region start (point))
    (goto-char start)
    (insert prefix)
    (let ((completion-auto-help nil)) (completion-at-point))
    (let ((got (buffer-substring-no-properties start (progn (skip-chars-forward "^,}\n \t") (point)))))
      (unless (equal got id) (error "typed %S, completion gave %S (wanted %S)" prefix got id))
      (derbes-test-out "  # %s -> %s" prefix got))
    ;; back to the file as written, so later checks see the original text
    (set-buffer-modified-p t)
    (revert-buffer t t t)))

(derbes-test-check "hover (ElDoc) on a category: key returns text"
  (derbes-test-goto-category-value)
  (re-search-backward "category:" (line-beginning-position))
  (forward-char 2)
  (let (doc)
    ;; what ElDoc does on idle: every eldoc-documentation-functions member gets a callback
    (run-hook-wrapped 'eldoc-documentation-functions
                      (lambda (f)
                        (funcall f (lambda (string &rest _)
                                     (when (and (stringp string) (not (string-empty-p string)))
                                       (setq doc string))
                                     t))
                        nil))
    (derbes-test-wait (lambda () doc) "no hover text")
    (derbes-test-out "  # %s" (car (split-string (string-trim doc) "\n")))))

(derbes-test-check "the server answers shutdown (M-x eglot-shutdown)"
  (let* ((server (eglot-current-server))
         (proc (jsonrpc--process server)))
    (eglot-shutdown server)             ; signals if shutdown gets no answer within 1.5 s
    (derbes-test-wait (lambda () (not (process-live-p proc))) "the server process still runs")
    (when (with-current-buffer derbes-test-buffer (eglot-managed-p))
      (error "the buffer is still managed"))))
(derbes-test-finish)
