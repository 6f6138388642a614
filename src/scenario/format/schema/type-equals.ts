/**
 * True when `A` and `B` are the same type, readonly and optional modifiers included, else false.
 * For compile-time checks that a schema decodes to exactly a type defined elsewhere (the engine's
 * or the model's), so that the two cannot drift apart: `type _ = Assert<Equals<Infer<typeof s>, Spec>>`.
 */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when `T` is `true`: the compiler reports a mismatch where the check is written. */
export type Assert<T extends true> = T;
