/**
 * The outbox: encrypted submissions on disk until the mail server has accepted them.
 * Every write is write-temp → fsync → rename → fsync the directory, so after a crash
 * an item is either whole or absent, and an answered submission is never lost.
 * Only ciphertext is ever written here.
 */
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

export interface SpoolItem {
  id: string;
  /** Fixed when spooled, so every retry sends the same Message-ID and never looks new. */
  messageId: string;
  to: string;
  createdAt: string;
  /** The armored OpenPGP message: the only form the submission ever takes on disk. */
  armored: string;
}

export interface DeliveryState {
  attempts: number;
  nextAttemptAt: string;
  lastCode?: string;
  /**
   * Written, durably, before the message is handed to the mail server. If it is still here
   * when the item is next read, the last attempt's outcome is unknown (the process may have
   * died after the server accepted it): the next copy is marked as a possible duplicate.
   */
  sendingSince?: string;
}

const idPattern = /^[0-9a-f-]{36}$/;

export class Spool {
  readonly outbox: string;
  readonly dead: string;
  readonly tmp: string;

  readonly root: string;

  constructor(root: string) {
    this.root = root;
    this.outbox = join(root, 'outbox');
    this.dead = join(root, 'dead');
    this.tmp = join(root, 'tmp');
  }

  async init(): Promise<void> {
    for (const dir of [this.outbox, this.dead, this.tmp]) await mkdir(dir, { recursive: true, mode: 0o700 });
    // Half-written temp files from a crash are incomplete ciphertext: never delivered, safe to drop.
    for (const name of await readdir(this.tmp)) await rm(join(this.tmp, name), { force: true });
  }

  /** Durably writes a new item; resolves only once it will survive a power cut. */
  async add(item: Omit<SpoolItem, 'id'>): Promise<SpoolItem> {
    const full: SpoolItem = { id: randomUUID(), ...item };
    await this.writeDurably(this.outbox, `${full.id}.json`, JSON.stringify(full));
    return full;
  }

  async ids(): Promise<string[]> {
    const names = await readdir(this.outbox);
    return names
      .filter((name) => name.endsWith('.json') && !name.endsWith('.state.json'))
      .map((name) => name.slice(0, -5))
      .filter((id) => idPattern.test(id));
  }

  async read(id: string): Promise<SpoolItem> {
    return JSON.parse(await readFile(join(this.outbox, `${id}.json`), 'utf8')) as SpoolItem;
  }

  async state(id: string): Promise<DeliveryState | undefined> {
    try {
      return JSON.parse(await readFile(join(this.outbox, `${id}.state.json`), 'utf8')) as DeliveryState;
    } catch {
      return undefined;
    }
  }

  async setState(id: string, state: DeliveryState): Promise<void> {
    await this.writeDurably(this.outbox, `${id}.state.json`, JSON.stringify(state));
  }

  /** Called only after the mail server has accepted the message. */
  async remove(id: string): Promise<void> {
    await rm(join(this.outbox, `${id}.json`), { force: true });
    await rm(join(this.outbox, `${id}.state.json`), { force: true });
    await syncDir(this.outbox);
  }

  /** Moves an item the mail server refused for good, so an operator can act on it. */
  async moveToDead(id: string): Promise<void> {
    await rename(join(this.outbox, `${id}.json`), join(this.dead, `${id}.json`));
    await rename(join(this.outbox, `${id}.state.json`), join(this.dead, `${id}.state.json`)).catch(() => undefined);
    await syncDir(this.dead);
    await syncDir(this.outbox);
  }

  private async writeDurably(dir: string, name: string, content: string): Promise<void> {
    const temp = join(this.tmp, `${randomUUID()}.tmp`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, join(dir, name));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await syncDir(dir);
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
