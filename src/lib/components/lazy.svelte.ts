/**
 * A part of the page loaded when it is first needed, not with the first view: `load()` starts a
 * dynamic `import()` once and hands back the component; `current` is null until it has arrived,
 * and reactive, so a template shows the part as soon as it can (`{#if x.current}<x.current …/>`).
 * A failed load (a deployment replaced the chunk, the connection dropped) is not kept: `failed`
 * says so, and the next `load()` tries again.
 */
export class Lazy<C> {
	readonly #importer: () => Promise<{ default: C }>;
	#pending: Promise<C> | null = null;
	#current = $state.raw<C | null>(null);
	#failed = $state(false);

	/** `importer` is `() => import('…')` of a module whose default export is the component. */
	constructor(importer: () => Promise<{ default: C }>) {
		this.#importer = importer;
	}

	/** The component once loaded, else null. */
	get current(): C | null {
		return this.#current;
	}

	/** True after a load failed, until the next `load()` starts. */
	get failed(): boolean {
		return this.#failed;
	}

	/** Loads the component (once; later calls share the first load) and resolves with it. */
	load(): Promise<C> {
		this.#failed = false;
		this.#pending ??= this.#importer().then(
			(m) => (this.#current = m.default),
			(e: unknown) => {
				this.#pending = null;
				this.#failed = true;
				throw e;
			}
		);
		return this.#pending;
	}
}
