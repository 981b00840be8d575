-- Headless Neovim + its built-in LSP client against the Derbes language server (stdio).
-- Run through e2e/nvim/run.sh (sets DERBES_REPO, DERBES_FILE, isolates HOME/XDG). Works on Neovim 0.7 (Debian 12)
-- through 0.11: uses vim.lsp.start() where it exists (0.8+), else vim.lsp.start_client() + buf_attach_client().
-- Prints "ok - …" / "not ok - …" lines and "N passed, N failed"; exits non-zero on failure.
local repo = assert(os.getenv('DERBES_REPO'), 'DERBES_REPO not set')
local file = assert(os.getenv('DERBES_FILE'), 'DERBES_FILE not set')
local timeout = tonumber(os.getenv('DERBES_NVIM_TIMEOUT_MS') or '30000')
local passed, failed = 0, 0

local function out(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then passed = passed + 1; out('ok - ' .. name)
  else failed = failed + 1; out('not ok - ' .. name .. ': ' .. tostring(err)) end
end
local function finish()
  out(string.format('%d passed, %d failed', passed, failed))
  vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'derbes'

local config = {
  name = 'derbes',
  cmd = { 'node', repo .. '/bin/derbes-language-server.js', '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
}
local client_id
check('language server starts and attaches', function()
  if vim.lsp.start then
    client_id = vim.lsp.start(config, { bufnr = bufnr })
  else
    client_id = vim.lsp.start_client(config)
    assert(client_id, 'start_client returned nil')
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  assert(client_id, 'no client id')
  local ok = vim.wait(timeout, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 50)
  assert(ok, 'client did not initialize within ' .. timeout .. ' ms')
end)
local client = client_id and vim.lsp.get_client_by_id(client_id)
if not client then return finish() end
local caps = client.server_capabilities or client.resolved_capabilities or {}

local function lsp_code(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end
local function lsp_source(d)
  return d.source or (d.user_data and d.user_data.lsp and d.user_data.lsp.source)
end

check('diagnostics arrive with source "derbes" and a code', function()
  local ok = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  assert(ok, 'no diagnostics within ' .. timeout .. ' ms')
  local ds = vim.diagnostic.get(bufnr)
  local codes = {}
  for _, d in ipairs(ds) do
    assert(lsp_source(d) == 'derbes', 'unexpected source ' .. tostring(lsp_source(d)))
    assert(lsp_code(d) ~= nil, 'diagnostic without code: ' .. d.message)
    assert(d.lnum >= 0 and d.lnum < vim.api.nvim_buf_line_count(bufnr), 'line out of range: ' .. d.lnum)
    codes[#codes + 1] = tostring(lsp_code(d))
  end
  out('  # ' .. #ds .. ' diagnostics: ' .. table.concat(codes, ', '))
  local want = os.getenv('DERBES_EXPECT_CODE')
  if want and want ~= '' then
    assert(vim.tbl_contains(codes, want), 'expected a "' .. want .. '" diagnostic')
  end
end)

-- 0-based position just after "category: " on the first line that has it
local function category_value_position()
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s, e = line:find('category:%s*')
    if s then return { line = i - 1, character = e } end
  end
end

check('completion at a category: value returns taxonomy items', function()
  assert(caps.completionProvider, 'server does not advertise completionProvider')
  local pos = assert(category_value_position(), 'no "category:" in ' .. file)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = pos }
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, timeout)
  assert(res, 'no completion response')
  local items = {}
  for _, r in pairs(res) do
    assert(not r.err, 'completion error: ' .. vim.inspect(r.err))
    local result = r.result or {}
    for _, it in ipairs(result.items or result) do items[#items + 1] = it end
  end
  assert(#items > 0, 'completion returned no items')
  local dotted = 0
  for _, it in ipairs(items) do if tostring(it.insertText or it.label):find('%.') then dotted = dotted + 1 end end
  assert(dotted > 0, 'no taxonomy ids (like contact.email) among ' .. #items .. ' items')
  out('  # ' .. #items .. ' items, e.g. ' .. items[1].label)
end)

check('hover on a category value', function()
  if not caps.hoverProvider then out('  # skipped: no hoverProvider'); return end
  local pos = assert(category_value_position(), 'no "category:"')
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = pos.line, character = pos.character + 1 } }
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout) or {}
  local text = ''
  for _, r in pairs(res) do
    if r.result and r.result.contents then
      local c = r.result.contents
      text = text .. (type(c) == 'string' and c or c.value or vim.inspect(c))
    end
  end
  assert(#text > 0, 'empty hover')
end)

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish()
