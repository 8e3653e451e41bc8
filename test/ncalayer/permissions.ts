// Stand-ins for navigator.permissions.query, for the Local Network Access paths of the client and
// the picker. Each returns its restore function (or object); call it in a finally or afterEach.

/** Answers every query with a fixed state ('unknown': the browser does not know that name). */
export function stubPermissions(answer: (name: string) => PermissionState | 'unknown'): () => void {
  const permissions = navigator.permissions;
  const original = permissions.query;
  permissions.query = (async ({ name }: { name: string }) => {
    const state = answer(name);
    if (state === 'unknown') throw new TypeError(`The provided value '${name}' is not a valid enum value of type PermissionName.`);
    return { state } as PermissionStatus;
  }) as typeof permissions.query;
  return () => {
    permissions.query = original;
  };
}

/** A live status in state 'prompt', as Chrome gives while it asks: `answer()` is the user's click. */
export function promptingPermission(): { answer(state: PermissionState): void; restore(): void } {
  const status = Object.assign(new EventTarget(), { state: 'prompt' as PermissionState });
  const permissions = navigator.permissions;
  const original = permissions.query;
  permissions.query = (async () => status as unknown as PermissionStatus) as typeof permissions.query;
  return {
    answer(state) {
      status.state = state;
      status.dispatchEvent(new Event('change'));
    },
    restore() {
      permissions.query = original;
    },
  };
}
