import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { encodePng } from "./encodePng.ts";

// The worker's whole program: draw what it is sent with resvg, encode it with encodePng (its source inlined), answer
// with the PNG bytes or the error's message. Given as code rather than a file, so it runs the same from src/ and from
// the build's bundled chunks.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const zlib = require("node:zlib");
const { Resvg } = require(workerData.resvg);
const encodePng = ${encodePng.toString()};
parentPort.on("message", ({ id, svg, options }) => {
  try {
    const image = new Resvg(svg, options).render();
    parentPort.postMessage({ id, png: encodePng(image.pixels, image.width, image.height, zlib) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
});
`;

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * A few worker threads that rasterise SVGs with resvg, so images are drawn (parsed, painted and PNG-encoded) on every
 * core while the main thread renders pages. Workers start on first use and hold the process open only while they
 * have work. `resvgPath` is the resolved path of @resvg/resvg-js.
 */
export function rasterPool(resvgPath: string, size = Math.max(1, Math.min(4, availableParallelism()))) {
  const workers: { worker: Worker; pending: number }[] = [];
  const jobs = new Map<number, Job>();
  let nextId = 0;
  const start = () => {
    const worker = new Worker(WORKER, { eval: true, workerData: { resvg: resvgPath } });
    const slot = { worker, pending: 0 };
    worker.on("message", ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = jobs.get(id)!;
      jobs.delete(id);
      if (--slot.pending === 0) worker.unref(); // idle workers must not keep a finished build running
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
    });
    worker.on("error", (error) => {
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
    });
    worker.unref();
    workers.push(slot);
    return slot;
  };
  return function draw(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
    const slot = workers.length < size ? start() : workers.reduce((a, b) => (b.pending < a.pending ? b : a));
    const id = nextId++;
    if (slot.pending++ === 0) slot.worker.ref();
    return new Promise<Buffer>((resolve, reject) => {
      jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, svg, options });
    });
  };
}
