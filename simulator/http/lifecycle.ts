import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Timers and sockets the server must end on close. */
export class Lifecycle {
  readonly sockets = new Set<Socket>();
  readonly timers = new Set<NodeJS.Timeout>();
  closing = false;

  delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

/** Tracks the server's sockets; the close it returns ends its timers, its sockets and the server. */
export function trackAndClose(server: Server, life: Lifecycle): () => Promise<void> {
  server.on('connection', (socket) => {
    life.sockets.add(socket);
    socket.on('close', () => life.sockets.delete(socket));
  });
  return () =>
    new Promise((resolve) => {
      life.closing = true;
      for (const timer of life.timers) clearTimeout(timer);
      life.timers.clear();
      server.close(() => resolve());
      server.closeAllConnections();
      for (const socket of life.sockets) socket.destroy();
    });
}
