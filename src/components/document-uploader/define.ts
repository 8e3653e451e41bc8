import { TirkeuDocumentUploader, type DocumentAddDetail, type DocumentRemoveDetail } from './document-uploader.js';
import { defineElement } from '../shared/define-element.js';

export { TirkeuDocumentUploader };
export type { DocumentAddDetail, DocumentFileInfo, DocumentRemoveDetail, DocumentsValue, FileState } from './document-uploader.js';

defineElement('tirkeu-document-uploader', TirkeuDocumentUploader);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-document-uploader': TirkeuDocumentUploader;
  }
  interface HTMLElementEventMap {
    /** A file finished its checks in a slot of `<tirkeu-document-uploader>`. */
    'tirkeu-document-add': CustomEvent<DocumentAddDetail>;
    /** A file left a slot of `<tirkeu-document-uploader>` (removed or replaced). */
    'tirkeu-document-remove': CustomEvent<DocumentRemoveDetail>;
  }
}
