import { TirkeuDocumentUploader } from './document-uploader.js';

export { TirkeuDocumentUploader };
export type { DocumentAddDetail, DocumentFileInfo, DocumentRemoveDetail, DocumentsValue, FileState } from './document-uploader.js';

if (!customElements.get('tirkeu-document-uploader')) customElements.define('tirkeu-document-uploader', TirkeuDocumentUploader);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-document-uploader': TirkeuDocumentUploader;
  }
}
