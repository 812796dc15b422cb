/** Display formats the renderer shares with the core (pure; see core/vn/format). */
export * from '../../core/vn/format';
