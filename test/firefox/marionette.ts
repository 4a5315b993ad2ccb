// A small client for Firefox's Marionette protocol (what geckodriver speaks to
// Firefox): TCP on loopback, each packet `<byte length>:<JSON>`. The server
// greets first; commands are [0, id, name, params], replies [1, id, error, result].
import { connect, type Socket } from 'node:net';

type Pending = { resolve(v: unknown): void; reject(e: Error): void; name: string };

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private greeted!: Promise<unknown>;

  private constructor(private readonly socket: Socket) {}

  static async connect(port: number): Promise<Marionette> {
    const socket = connect({ host: '127.0.0.1', port });
    await new Promise<void>((ok, fail) => socket.once('connect', ok).once('error', fail));
    const m = new Marionette(socket);
    m.greeted = new Promise((ok) => m.pending.set(0, { resolve: ok, reject: () => undefined, name: 'hello' }));
    socket.on('data', (chunk) => m.receive(chunk));
    socket.on('close', () => m.failAll(new Error('Marionette connection closed')));
    socket.on('error', (err) => m.failAll(err));
    await m.greeted;
    return m;
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private receive(chunk: Buffer): void {
    // @types/pouchdb-core declares a global non-generic Buffer that breaks
    // Node's typed-array generics; the bytes are the same.
    this.buffer = Buffer.concat([this.buffer, chunk] as unknown as Uint8Array[]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const packet: unknown = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(packet)) {
        // The greeting: {applicationType, marionetteProtocol}.
        this.pending.get(0)?.resolve(packet);
        this.pending.delete(0);
        continue;
      }
      const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (!p) continue;
      if (error) p.reject(new Error(`${p.name}: ${error.error}: ${error.message}`));
      else p.resolve(result);
    }
  }

  /** Sends one command and answers its result (a WebDriver error rejects). */
  command<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, name });
      this.socket.write(`${body.length}:`);
      this.socket.write(body as unknown as Uint8Array);
    });
  }

  /** Runs an async function body in the current page; `resolve` is its last argument. */
  async script<T = unknown>(body: string, args: unknown[] = []): Promise<T> {
    const r = await this.command<{ value: T }>('WebDriver:ExecuteAsyncScript', {
      script: `const resolve = arguments[arguments.length - 1];
        (async () => { ${body} })().then(resolve, (e) => resolve({ scriptError: String(e && e.stack || e) }));`,
      args,
    });
    const v = r.value as { scriptError?: string } | null;
    if (v && typeof v === 'object' && 'scriptError' in v) throw new Error(v.scriptError);
    return r.value;
  }

  close(): void {
    this.socket.destroy();
  }
}
