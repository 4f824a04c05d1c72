-- Bar Raiser in Neovim 0.7 or later, with the built-in LSP client and no plugins.
-- One `bar-raiser-language-server --stdio` is started for the session and attached to every
-- Markdown buffer; the server decides which files it checks (*.prfaq.md, *.memo.md, or front
-- matter `type: prfaq|memo`) and leaves other Markdown alone. Neovim 0.8+ can use
-- vim.lsp.start instead (see the README).
--
-- test/neovim/neovim.test.ts loads this file with `nvim -u` and sets BAR_RAISER_CMD (a JSON
-- list) to run the server from the checkout.

local cmd = { 'bar-raiser-language-server', '--stdio' }
if vim.env.BAR_RAISER_CMD and vim.env.BAR_RAISER_CMD ~= '' then
  cmd = vim.fn.json_decode(vim.env.BAR_RAISER_CMD)
end

-- Neovim 0.7 answers workspace/configuration (from `settings` below) but does not announce it,
-- so the server would never ask: announce it, as later Neovim versions do.
local capabilities = vim.lsp.protocol.make_client_capabilities()
capabilities.workspace.configuration = true

local client_id = nil

local function attach(bufnr)
  if vim.bo[bufnr].buftype ~= '' then
    return
  end
  if not client_id or not vim.lsp.get_client_by_id(client_id) then
    client_id = vim.lsp.start_client({
      name = 'bar-raiser',
      cmd = cmd,
      root_dir = vim.fn.getcwd(),
      capabilities = capabilities,
      -- Answers the server's workspace/configuration requests (section `barRaiser`).
      -- Empty: every rule at its default. For example:
      --   settings = { barRaiser = { rules = { ['style/passive-voice'] = 'off' } } },
      -- To change them later, set client.config.settings and send
      -- workspace/didChangeConfiguration: the server asks again and re-checks open documents.
      settings = {},
    })
  end
  if client_id then
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
end

vim.cmd('filetype on')
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    attach(args.buf)
  end,
})
