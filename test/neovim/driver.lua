-- Drives Neovim for test/neovim/neovim.test.ts (run with `-c 'lua dofile(...)'` after
-- init.lua). Opens the fixtures, waits for the server's diagnostics on DiagnosticChanged events
-- (never a fixed sleep), turns an opt-in rule on, edits a line, changes a setting, asks for the
-- review preview and exports a PDF, stops the server, and writes what
-- Neovim received as JSON to $BAR_RAISER_OUT. Any failure is written there too, then Neovim quits.

local out = assert(vim.env.BAR_RAISER_OUT, 'BAR_RAISER_OUT is not set')
local fixtures = assert(vim.env.BAR_RAISER_FIXTURES, 'BAR_RAISER_FIXTURES is not set')
local edit = assert(vim.env.BAR_RAISER_EDIT, 'BAR_RAISER_EDIT is not set')
local timeout = tonumber(vim.env.BAR_RAISER_TIMEOUT_MS or '') or 30000
local export_dir = assert(vim.env.BAR_RAISER_EXPORT_DIR, 'BAR_RAISER_EXPORT_DIR is not set')

local result = { steps = {} }

-- Keep buffers loaded when switching (a reload would close and reopen the document).
vim.o.hidden = true

local function write_result()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
end

-- DiagnosticChanged events seen per buffer.
local changes = {}
vim.api.nvim_create_autocmd('DiagnosticChanged', {
  callback = function(args)
    changes[args.buf] = (changes[args.buf] or 0) + 1
  end,
})

-- Every answer Neovim gives to the server's workspace/configuration requests.
result.configuration = {}
local answer_configuration = vim.lsp.handlers['workspace/configuration']
vim.lsp.handlers['workspace/configuration'] = function(err, params, ctx, config)
  local answer = answer_configuration(err, params, ctx, config)
  table.insert(result.configuration, { items = params.items, answer = answer })
  return answer
end

local function wait_for(what, predicate)
  if not vim.wait(timeout, predicate, 10) then
    error(string.format('timed out after %d ms waiting for %s', timeout, what), 0)
  end
end

-- Runs `action`, then waits for the next DiagnosticChanged event of the buffer `action` returns.
local function next_diagnostics(what, action)
  local before = vim.deepcopy(changes) -- taken first: the event may come while `action` waits
  local buf = action()
  local seen = before[buf] or 0
  wait_for(what, function()
    return (changes[buf] or 0) > seen
  end)
  return buf
end

-- Opens a fixture; init.lua's FileType autocmd attaches the server to it.
local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(fixtures .. '/' .. name))
  local buf = vim.api.nvim_get_current_buf()
  assert(vim.bo[buf].filetype == 'markdown', name .. ' has filetype "' .. vim.bo[buf].filetype .. '", not markdown')
  wait_for('the server to start and attach to ' .. name .. ' (see the output for why)', function()
    return next(vim.lsp.buf_get_clients(buf)) ~= nil
  end)
  return buf
end

-- What Neovim shows for the buffer: vim.diagnostic items (0-based lines, byte columns).
local function record(step, buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, {
      code = d.code,
      source = d.source,
      severity = vim.diagnostic.severity[d.severity],
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      message = d.message,
    })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    return a.col < b.col
  end)
  table.insert(result.steps, { step = step, file = vim.api.nvim_buf_get_name(buf), diagnostics = list })
end

local function client()
  local clients = vim.lsp.get_active_clients()
  assert(#clients == 1, 'expected one LSP client, found ' .. #clients)
  return clients[1]
end

local function run()
  -- 1. The PR/FAQ with default settings (init.lua's settings are empty: the server gets null).
  local prfaq = next_diagnostics('diagnostics for launch.prfaq.md', function()
    return open('launch.prfaq.md')
  end)
  result.server_pid = client().rpc.pid
  record('open', prfaq)

  -- 2. Plain Markdown gets an empty list.
  local readme = next_diagnostics('diagnostics for README.md', function()
    return open('README.md')
  end)
  record('readme', readme)

  -- 3. A settings change, as the README tells users to make one: the server asks for the new
  -- settings with workspace/configuration and re-checks the document. style/weasel-word is
  -- opt-in: this turns it on, so its findings after line 5's em dashes check the byte columns;
  -- style/vague-time and style/placeholder are opt-in too, and on from here ("soon" on line 13,
  -- after "many"; "Jane Doe" on line 11).
  vim.cmd('buffer ' .. prfaq)
  result.configuration_before_change = #result.configuration
  next_diagnostics('diagnostics after turning style/weasel-word, style/vague-time and style/placeholder on', function()
    local c = client()
    c.config.settings = {
      barRaiser = { rules = { ['style/weasel-word'] = 'warning', ['style/vague-time'] = 'warning', ['style/placeholder'] = 'error' } },
    }
    c.notify('workspace/didChangeConfiguration', { settings = c.config.settings })
    return prfaq
  end)
  record('weasel-on', prfaq)

  -- 4. Text appended to line 5, after its em dashes (incremental sync, UTF-16 positions).
  next_diagnostics('diagnostics after the edit', function()
    local line = vim.api.nvim_buf_get_lines(prfaq, 4, 5, true)[1]
    vim.api.nvim_buf_set_text(prfaq, 4, #line, 4, #line, { edit })
    return prfaq
  end)
  record('edit', prfaq)

  -- 5. Another settings change: a rule off, an opt-in rule on at another severity (vague-time and
  -- placeholder stay on).
  next_diagnostics('diagnostics after the settings change', function()
    local c = client()
    c.config.settings = {
      barRaiser = {
        rules = {
          ['style/weasel-word'] = 'off',
          ['style/passive-voice'] = 'error',
          ['style/vague-time'] = 'warning',
          ['style/placeholder'] = 'error',
        },
      },
    }
    c.notify('workspace/didChangeConfiguration', { settings = c.config.settings })
    return prfaq
  end)
  record('settings', prfaq)

  -- 6. The review format: the preview request on the edited buffer, then the export command
  -- twice to the same file (the second must be refused: the file exists).
  local uri = vim.uri_from_bufnr(prfaq)
  local preview, preview_err = client().request_sync('barRaiser/reviewPreview', { uri = uri }, timeout, prfaq)
  assert(preview and not preview.err, 'barRaiser/reviewPreview failed: ' .. vim.inspect(preview and preview.err or preview_err))
  result.preview = {
    kind = preview.result.header.kind,
    pages = preview.result.header.pages,
    line_map = vim.tbl_count(preview.result.lineMap),
    edited_line = preview.result.lineMap['4'],
    shows_edit = preview.result.html:find('Clerks', 1, true) ~= nil,
  }
  -- The status bar's figures: the request and the same through workspace/executeCommand.
  local status, status_err = client().request_sync('barRaiser/documentStatus', { uri = uri }, timeout, prfaq)
  assert(status and not status.err, 'barRaiser/documentStatus failed: ' .. vim.inspect(status and status.err or status_err))
  local by_command = client().request_sync('workspace/executeCommand', { command = 'barRaiser.server.documentStatus', arguments = { { uri = uri } } }, timeout, prfaq)
  result.status = status.result
  result.status_command_words = by_command and by_command.result and by_command.result.words
  local args = { uri = uri, format = 'pdf', target = export_dir .. '/launch.review.pdf' }
  local command = { command = 'barRaiser.server.exportForReview', arguments = { args } }
  local first, first_err = client().request_sync('workspace/executeCommand', command, timeout, prfaq)
  assert(first and not first.err, 'exportForReview failed: ' .. vim.inspect(first and first.err or first_err))
  local again = client().request_sync('workspace/executeCommand', command, timeout, prfaq)
  result.export = { path = first.result.path, again_error = again and again.err and { code = again.err.code, message = again.err.message } }

  -- 6b. The outline: textDocument/documentSymbol on a PR/FAQ with an FAQ (top-level parts, each with its children).
  local outlined = open('outline.prfaq.md')
  local responses = vim.lsp.buf_request_sync(outlined, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(outlined) }, timeout)
  result.outline = {}
  for _, response in pairs(responses or {}) do
    for _, symbol in ipairs(response.result or {}) do
      local children = {}
      for _, child in ipairs(symbol.children or {}) do
        table.insert(children, child.name .. ' (' .. (child.detail or '') .. ')')
      end
      table.insert(result.outline, { name = symbol.name, kind = symbol.kind, children = children })
    end
  end

  -- 7. Stop the server and wait for its process to exit.
  local id = client().id
  client().stop()
  wait_for('the server to exit', function()
    return vim.lsp.get_client_by_id(id) == nil
  end)
  result.server_exited = true
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  result.error = tostring(err)
  for _, c in ipairs(vim.lsp.get_active_clients()) do
    c.stop(true)
  end
end
write_result()
vim.cmd(ok and 'qall!' or 'cquit 1')
