//! The geometry of a grid board: which cell is where, its centre, and the lines a line rule counts.

/// Which way a line runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right along a row.
    Row,
    /// Top to bottom down a column.
    Column,
    /// Top left to bottom right.
    Diagonal,
    /// Top right to bottom left.
    AntiDiagonal,
}

/// One line of cells a line rule can be completed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRef {
    pub direction: Direction,
    /// The row (for a row) or column (for a column) it runs along, from 0; for a diagonal, the
    /// row of its first cell.
    pub index: u32,
    /// Whether the line is a whole row, column or corner-to-corner diagonal of a square board,
    /// so it can be named without its cells ("row 2", "the diagonal").
    pub whole: bool,
    /// The activity ids on the line, in order.
    pub cells: Vec<String>,
}

/// A grid's shape: rows × columns, cells in row-major order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Grid {
    pub rows: usize,
    pub columns: usize,
}

/// A line as cell indices, with how to name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Window {
    pub direction: Direction,
    pub index: usize,
    pub whole: bool,
    pub cells: Vec<usize>,
}

impl Grid {
    pub fn cell_count(&self) -> usize {
        self.rows.saturating_mul(self.columns)
    }

    pub fn row(&self, cell: usize) -> usize {
        cell.checked_div(self.columns).unwrap_or(0)
    }

    pub fn column(&self, cell: usize) -> usize {
        cell.checked_rem(self.columns).unwrap_or(0)
    }

    /// The centre cell of an odd × odd grid.
    pub fn centre(&self) -> Option<usize> {
        (self.rows % 2 == 1 && self.columns % 2 == 1)
            .then(|| (self.rows / 2) * self.columns + self.columns / 2)
    }

    /// The longest line that fits: a whole row or a whole column.
    pub fn longest_line(&self) -> usize {
        self.rows.max(self.columns)
    }

    /// Every run of `length` consecutive cells along a row, a column or a diagonal. A length of 1
    /// gives each cell once.
    pub fn windows(&self, length: usize) -> Vec<Window> {
        let mut out = Vec::new();
        if length == 0 || self.cell_count() == 0 {
            return out;
        }
        let (rows, columns) = (self.rows, self.columns);
        let at = |r: usize, c: usize| r * columns + c;
        if length == 1 {
            for cell in 0..rows * columns {
                out.push(Window {
                    direction: Direction::Row,
                    index: self.row(cell),
                    whole: columns == 1,
                    cells: vec![cell],
                });
            }
            return out;
        }
        let square = rows == columns && length == rows;
        for r in 0..rows {
            for start in 0..(columns + 1).saturating_sub(length) {
                out.push(Window {
                    direction: Direction::Row,
                    index: r,
                    whole: length == columns,
                    cells: (start..start + length).map(|c| at(r, c)).collect(),
                });
            }
        }
        for c in 0..columns {
            for start in 0..(rows + 1).saturating_sub(length) {
                out.push(Window {
                    direction: Direction::Column,
                    index: c,
                    whole: length == rows,
                    cells: (start..start + length).map(|r| at(r, c)).collect(),
                });
            }
        }
        for r in 0..(rows + 1).saturating_sub(length) {
            for c in 0..(columns + 1).saturating_sub(length) {
                out.push(Window {
                    direction: Direction::Diagonal,
                    index: r,
                    whole: square,
                    cells: (0..length).map(|k| at(r + k, c + k)).collect(),
                });
                let right = c + length - 1;
                out.push(Window {
                    direction: Direction::AntiDiagonal,
                    index: r,
                    whole: square,
                    cells: (0..length).map(|k| at(r + k, right - k)).collect(),
                });
            }
        }
        out
    }
}
