/** Every table, for drizzle-kit and for the typed database handle. */
export * from '../office/schema';
export * from '../courts/schema';
export * from '../staff/schema';
export * from '../people/schema';
export * from '../orders/schema';
export * from '../risk/schema';
export * from '../induction/schema';
export * from '../placements/schema';
export * from '../sessions/schema';
export * from '../allocation/schema';
export * from '../auth/schema';
export * from '../audit/schema';
export * from '../policy/schema';
export * from '../enforcement/schema';
export * from '../incidents/schema';
export * from '../supervision/schema';
export * from '../endings/schema';
