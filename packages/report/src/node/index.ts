export { renderDocumentToStream } from './render-document-to-stream.js';
