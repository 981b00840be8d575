-- Headless Neovim + its built-in LSP client against the Derbes language server (stdio).
-- Run through e2e/nvim/run.sh (sets DERBES_REPO, DERBES_FILE, isolates HOME/XDG). Works on Neovim 0.7 (Debian 12)
-- through 0.11: uses vim.lsp.start() where it exists (0.8+), else vim.lsp.start_client() + buf_attach_client().
-- Prints "ok - …" / "not ok - …" lines and "N passed, N failed"; exits non-zero on failure.
local repo = assert(os.getenv('DERBES_REPO'), 'DERBES_REPO not set')
local file = assert(os.getenv('DERBES_FILE'), 'DERBES_FILE not set')
local timeout = tonumber(os.getenv('DERBES_NVIM_TIMEOUT_MS') or '30000')
local passed, failed, skipped = 0, 0, 0
local SKIP = {}

local function out(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then passed = passed + 1; out('ok - ' .. name)
  elseif type(err) == 'table' and err[1] == SKIP then skipped = skipped + 1; out('skip - ' .. name .. ': ' .. err[2])
  else failed = failed + 1; out('not ok - ' .. name .. ': ' .. tostring(err)) end
end
local function skip(why) error({ SKIP, why }, 0) end
local function finish()
  out(string.format('%d passed, %d failed', passed, failed) .. (skipped > 0 and string.format(', %d skipped', skipped) or ''))
  vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')
end

-- record every publishDiagnostics for our document (an empty list counts: a clean policy gets one too)
local published = 0
local orig_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.uri == vim.uri_from_fname(file) then published = published + 1 end
  return orig_publish(err, result, ctx, config)
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
  local ok = vim.wait(timeout, function() return published > 0 end, 50)
  assert(ok, 'no textDocument/publishDiagnostics within ' .. timeout .. ' ms')
  vim.wait(100)
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

-- 0-based position just after "category: " on the first such line inside the top-level `data:` map
local function category_value_position()
  local section
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local top = line:match('^([%w-]+):')
    if top then section = top end
    local s, e = line:find('category:%s*')
    if s and section == 'data' then return { line = i - 1, character = e } end
  end
end
local expected_ids = {}
for id in (os.getenv('DERBES_DATA_CATEGORIES') or ''):gmatch('[^,]+') do expected_ids[id] = true end

check('completion at a category: value returns taxonomy items', function()
  if not caps.completionProvider then skip('the server does not advertise completionProvider yet') end
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
  local hits = 0
  for _, it in ipairs(items) do
    if expected_ids[it.label] or expected_ids[it.insertText or ''] or expected_ids[it.filterText or ''] then hits = hits + 1 end
  end
  assert(hits >= 3, 'only ' .. hits .. ' data categories among ' .. #items .. ' items')
  -- the omnifunc shows an item's documentation and never asks completionItem/resolve: unless this
  -- Neovim says it resolves documentation, the list must carry it
  local item_caps = vim.lsp.protocol.make_client_capabilities().textDocument.completion.completionItem or {}
  local lazy = item_caps.resolveSupport and vim.tbl_contains(item_caps.resolveSupport.properties or {}, 'documentation')
  if not lazy then
    for _, it in ipairs(items) do assert(it.documentation, 'no documentation on ' .. it.label) end
  end
  out('  # ' .. #items .. ' items, e.g. ' .. items[1].label)
end)

check('hover on a category value', function()
  if not caps.hoverProvider then skip('the server does not advertise hoverProvider yet') end
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
