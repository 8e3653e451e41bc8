import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The mock backend first, so that it answers the very first request the flow sends. Imported
// lazily: a chunk of its own (msw, the mock's data), which a real portal simply leaves out.
import('../../shared/mock-backend')
  .then(({ startMockBackend }) => startMockBackend())
  .then(
    () => createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>),
    (error: unknown) => console.error('The mock backend did not start', error),
  );
