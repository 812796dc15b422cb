/** The Word format settings (Decree 30 ranges and defaults), shared with the renderer (pure). */
export * from '../../core/exports/format-schema';
