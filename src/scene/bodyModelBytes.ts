// Imported first by Viewer.tsx, before BodyModel.tsx (whose preloadGltf starts three's own fetch of the model
// as soon as it is evaluated). The app has been fetching the model since start-up, counting its bytes
// (modelDownload.ts); here three's FileLoader is pointed at that download for this one file, so the model is
// fetched once — on a consultation room's wifi a second 0.8 MB download is what hurts.
import { FileLoader } from 'three';
import { BODY_MODEL_URL, startModelDownload } from './modelDownload';

const threeLoad = FileLoader.prototype.load;

FileLoader.prototype.load = function load(this: FileLoader, url, onLoad, onProgress, onError) {
  const resolved = this.manager.resolveURL(this.path === undefined ? url : this.path + url);
  if (resolved !== BODY_MODEL_URL || this.responseType !== 'arraybuffer') {
    return threeLoad.call(this, url, onLoad, onProgress, onError);
  }
  this.manager.itemStart(resolved);
  void startModelDownload().then((bytes) => {
    if (bytes) {
      onLoad?.(bytes);
      this.manager.itemEnd(resolved);
    } else {
      // Our download failed: three tries itself and reports its error the usual way.
      threeLoad.call(this, url, onLoad, onProgress, onError);
      this.manager.itemEnd(resolved);
    }
  });
  return undefined;
} as typeof FileLoader.prototype.load;
