package dev.dovetail.api.read;

/**
 * Read access to one row by column index, typed by storage slot so that primitives are never boxed:
 * <ul>
 *   <li>{@link #getLong(int)}: BOOLEAN (1 or 0), BYTE, SHORT, INT, LONG, DATE (days since the epoch) and
 *       TIMESTAMP (microseconds since the epoch, UTC);</li>
 *   <li>{@link #getDouble(int)}: FLOAT and DOUBLE;</li>
 *   <li>{@link #getObject(int)}: DECIMAL ({@link java.math.BigDecimal}), STRING, BINARY ({@code byte[]}),
 *       STRUCT and LIST ({@code List<Object>}) and MAP ({@code Map<Object, Object>}).</li>
 * </ul>
 * A getter's result is unspecified when {@link #isNull(int)} is true. The evaluator of predicates, the
 * bookmark tracker and the hosts read rows through this interface.
 */
public interface RowView {
    /** The number of columns. */
    int size();

    /** Whether the column holds NULL. */
    boolean isNull(int column);

    /** The value of a column stored in a long slot. */
    long getLong(int column);

    /** The value of a FLOAT or DOUBLE column. */
    double getDouble(int column);

    /** The value of a column stored by reference. */
    Object getObject(int column);
}
