// The domain model: pure functions and schemas, no DOM, no lit.
export {};
