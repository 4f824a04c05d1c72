// Information messages with buttons that the in-editor suite can read and answer: with
// BAR_RAISER_E2E_TEST_COMMANDS=1, test commands return the last message shown and press one of
// its buttons (a notification's buttons cannot be clicked through the API).

import * as vscode from 'vscode';
import { TEST_COMMANDS, TEST_COMMANDS_ENV } from './constants';

interface Shown {
  message: string;
  items: string[];
  answer: (item: string | undefined) => void;
}

let last: Shown | undefined;

/** vscode.window.showInformationMessage, remembered for the test commands. */
export function showInformation(message: string, ...items: string[]): Thenable<string | undefined> {
  const shown = vscode.window.showInformationMessage(message, ...items);
  if (process.env[TEST_COMMANDS_ENV] !== '1') return shown;
  return new Promise((resolve) => {
    last = { message, items, answer: resolve };
    shown.then(resolve);
  });
}

/** The test commands (none outside the in-editor suite). */
export function notificationTestCommands(): vscode.Disposable[] {
  if (process.env[TEST_COMMANDS_ENV] !== '1') return [];
  return [
    vscode.commands.registerCommand(TEST_COMMANDS.lastNotification, () => last && { message: last.message, items: last.items }),
    vscode.commands.registerCommand(TEST_COMMANDS.answerNotification, (item: string) => last?.answer(item)),
  ];
}
