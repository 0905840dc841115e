/** Size in bytes of public/models/body.glb when the app was built (vite.config.ts `define`), for the progress bar. */
declare const __BODY_MODEL_BYTES__: number;
