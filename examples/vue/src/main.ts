import { createApp } from 'vue';
import App from './App.vue';

// The mock backend first, so that it answers the very first request the flow sends. Imported
// lazily: a chunk of its own (msw, the mock's data), which a real portal simply leaves out.
import('../../shared/mock-backend')
  .then(({ startMockBackend }) => startMockBackend())
  .then(
    () => createApp(App).mount('#app'),
    (error: unknown) => console.error('The mock backend did not start', error),
  );
