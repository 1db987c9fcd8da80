package dev.dovetail.api.read;

import dev.dovetail.api.schema.Values;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where a read operation pushes its rows: typed values by column index, then {@link #endRow()}. This
 * is the hot path: no maps, no boxing of primitives. Each host supplies its own sink (Spark writes into
 * a reused row, AppFlow writes JSON, the harness keeps or counts rows).
 *
 * <p>The contract for a connector writing into a sink:
 * <ul>
 *   <li>Column indexes are positions in {@link ReadRequest#projection()}. Every column of a row is set
 *       exactly once, in any order, before {@link #endRow()}.</li>
 *   <li>Use the setter of the column's type: {@link #setInt} for INT, {@link #setDate} for DATE and so
 *       on (see {@link dev.dovetail.api.schema.DataType.Kind}). A {@code null} reference passed to a
 *       reference setter means NULL, the same as {@link #setNull}.</li>
 *   <li>When {@link #endRow()} returns {@code false} the consumer wants no more rows (a limit was
 *       reached, a page is full): stop reading and return. Rows written after that are ignored.</li>
 *   <li>A sink is used by one thread at a time and only during the read call it was passed to.</li>
 * </ul>
 *
 * <p>A sink that only passes values on to another (a projection, a contract check) forwards {@link #setUtf8}
 * as it is, so that a host taking UTF-8 gets the bytes; one that needs the value (a filter) decodes it.
 */
public interface RowSink {
    void setNull(int column);

    void setBoolean(int column, boolean value);

    void setByte(int column, byte value);

    void setShort(int column, short value);

    void setInt(int column, int value);

    void setLong(int column, long value);

    void setFloat(int column, float value);

    void setDouble(int column, double value);

    void setDecimal(int column, BigDecimal value);

    void setString(int column, String value);

    void setBinary(int column, byte[] value);

    /** A DATE as days since 1970-01-01. */
    void setDate(int column, int epochDay);

    /** A TIMESTAMP as microseconds since the epoch, UTC. */
    void setTimestamp(int column, long epochMicros);

    /** A STRUCT as its field values in field order, each in its canonical representation. */
    void setStruct(int column, List<?> fieldValues);

    /** A LIST of elements in their canonical representation. */
    void setList(int column, List<?> elements);

    /** A MAP whose keys and values are in their canonical representation. */
    void setMap(int column, Map<?, ?> entries);

    /**
     * Ends the current row.
     *
     * @return whether the consumer wants more rows
     */
    boolean endRow();

    /**
     * A STRING as {@code length} UTF-8 bytes of {@code utf8} from {@code offset}; a {@code null} array means
     * NULL. For a source that already holds its text as UTF-8 (a driver's raw bytes, a file's buffer): a host
     * that keeps strings as UTF-8 (Spark's vectors and rows, AppFlow's JSON) takes the bytes as they are,
     * without decoding them into a {@code String} and encoding it back. The bytes must be well-formed UTF-8.
     * The sink copies what it keeps, so the caller may reuse the array once the call returns. By default the
     * bytes are decoded and passed to {@link #setString}.
     */
    default void setUtf8(int column, byte[] utf8, int offset, int length) {
        setString(column, utf8 == null ? null : new String(utf8, offset, length, StandardCharsets.UTF_8));
    }

    /** A DATE; {@code null} means NULL. */
    default void setDate(int column, LocalDate date) {
        if (date == null) {
            setNull(column);
        } else {
            setDate(column, Values.toEpochDay(date));
        }
    }

    /** A TIMESTAMP; {@code null} means NULL. */
    default void setTimestamp(int column, Instant instant) {
        if (instant == null) {
            setNull(column);
        } else {
            setTimestamp(column, Values.toEpochMicros(instant));
        }
    }
}
