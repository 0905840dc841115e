// The body model is fetched by the app itself, from the first moment, so the view can show how many of its bytes
// have arrived (drei's useProgress counts files: one big file reads 0 % until it is done). three's loader then
// finds the bytes in its cache. No three.js here: this module is part of the first chunk.
import { create } from 'zustand';

/** Size in bytes of public/models/body.glb when the app was built (vite.config.ts `define`). */
declare const __BODY_MODEL_BYTES__: number;

/** The same address BodyModel.tsx gives its loader (its cache is keyed by it). */
export const BODY_MODEL_URL = `${import.meta.env.BASE_URL}models/body.glb`;

export interface ModelDownload {
  loaded: number;
  /** From Content-Length, else the size the build saw; 0 while unknown. */
  total: number;
  done: boolean;
  failed: boolean;
}

export const useModelDownload = create<ModelDownload>(() => ({ loaded: 0, total: 0, done: false, failed: false }));

/** Fraction 0…1 of the model that has arrived; never 1 before the last byte. */
export function downloadedFraction({ loaded, total, done }: ModelDownload): number {
  if (done) return 1;
  if (total <= 0) return 0;
  return Math.min(0.99, loaded / total);
}

let download: Promise<ArrayBuffer | undefined> | undefined;

async function fetchWithProgress(url: string, cache: RequestCache): Promise<ArrayBuffer | undefined> {
  const response = await fetch(url, { cache });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || __BODY_MODEL_BYTES__;
  useModelDownload.setState({ total });
  const reader = response.body?.getReader();
  if (!reader) {
    const bytes = await response.arrayBuffer();
    useModelDownload.setState({ loaded: bytes.byteLength, done: true });
    return bytes;
  }
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    useModelDownload.setState({ loaded });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  useModelDownload.setState({ loaded, done: true });
  return bytes.buffer;
}

/** A new download from scratch (the view's "try again" after a failed, cut-off or corrupt model). */
export function retryModelDownload(): Promise<ArrayBuffer | undefined> {
  useModelDownload.setState({ loaded: 0, total: 0, done: false, failed: false });
  // `reload`: past the HTTP cache, which may hold the broken copy.
  download = fetchWithProgress(BODY_MODEL_URL, 'reload').catch(failed);
  return download;
}

function failed(): undefined {
  // three's own loader fetches it again and reports the error through the view's error boundary.
  useModelDownload.setState({ failed: true });
  return undefined;
}

/** Starts the download once; later calls get the same promise. Resolves undefined if it failed (three retries). */
export function startModelDownload(): Promise<ArrayBuffer | undefined> {
  download ??= fetchWithProgress(BODY_MODEL_URL, 'default').catch(failed);
  return download;
}
