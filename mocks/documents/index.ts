// Sample documents made in the page: real PDFs (plain, PDF/A, forms, signed, encrypted, broken)
// and images, for the uploader's tests and stories. Dev-only: pdf-lib is a devDependency.
export * from './pdf-fixtures.js';
