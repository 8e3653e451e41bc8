// A portal's registration page, for the reload test: <tirkeu-registration> keeping its draft
// (database and draft id from the query string), with no backend (no e-mail code to confirm).
import '../../src/components/registration/define.js';

const query = new URL(location.href).searchParams;
const flow = document.createElement('tirkeu-registration');
flow.drafts = query.get('db')!;
const id = query.get('id');
if (id) flow.draftId = id;
document.body.append(flow);
(window as unknown as { ready: Promise<unknown> }).ready = flow.updateComplete;
