import { connect, createServer } from 'node:net';

export const LOOPBACK = '127.0.0.1';

/** Bind a port on 127.0.0.1 and let it go again: the port it got, or the error that stopped it. */
export function tryListen(port: number): Promise<{ port: number } | { error: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve({ error }));
    server.listen({ port, host: LOOPBACK, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve({ port: bound }));
    });
  });
}

export async function isPortFree(port: number): Promise<boolean> {
  return 'port' in (await tryListen(port));
}

/** The first free port of the list, else one the system picks. */
export async function firstFreePort(preferred: number[]): Promise<number> {
  for (const port of preferred) if (await isPortFree(port)) return port;
  const picked = await tryListen(0);
  if ('error' in picked) throw picked.error;
  return picked.port;
}

/** Whether something accepts connections on 127.0.0.1:port right now. */
export function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: LOOPBACK });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Where `flask run` listens unless told otherwise, and so where `flash-login run` tries first. */
export const DEFAULT_PORT = 5000;
