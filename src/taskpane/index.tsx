// Placeholder entry so the build works while the pane is written; replaced by the pane's real entry.
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
