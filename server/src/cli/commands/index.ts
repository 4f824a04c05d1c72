// The CLI's commands. A new command is a module here, added to this list.

import type { Command } from '../io';
import { exportCommand } from './export';
import { lintCommand } from './lint';

export const commands: readonly Command[] = [lintCommand, exportCommand];
