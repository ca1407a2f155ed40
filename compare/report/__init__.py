"""One module per output format, each with `render(comparison, out_dir)`."""
