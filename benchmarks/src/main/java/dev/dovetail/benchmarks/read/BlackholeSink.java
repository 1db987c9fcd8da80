package dev.dovetail.benchmarks.read;

import dev.dovetail.api.read.RowSink;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A host row that only consumes: every value goes, typed, into a JMH {@link Blackhole}, so that no read can
 * be optimised away, and rows are counted. One per split, used by the split's thread only. Sharing the
 * benchmark's one {@code Blackhole} between split threads is safe: on JDK 17 and later JMH uses compiler
 * blackholes, which keep no state (the run's header says "Blackhole mode: compiler").
 */
public final class BlackholeSink implements RowSink {
    private final Blackhole blackhole;
    private long rows;

    public BlackholeSink(Blackhole blackhole) {
        this.blackhole = requireNonNull(blackhole, "blackhole is null");
    }

    /** The rows ended so far. */
    public long rows() {
        return rows;
    }

    @Override
    public void setNull(int column) {
        blackhole.consume(column);
    }

    @Override
    public void setBoolean(int column, boolean value) {
        blackhole.consume(value);
    }

    @Override
    public void setByte(int column, byte value) {
        blackhole.consume(value);
    }

    @Override
    public void setShort(int column, short value) {
        blackhole.consume(value);
    }

    @Override
    public void setInt(int column, int value) {
        blackhole.consume(value);
    }

    @Override
    public void setLong(int column, long value) {
        blackhole.consume(value);
    }

    @Override
    public void setFloat(int column, float value) {
        blackhole.consume(value);
    }

    @Override
    public void setDouble(int column, double value) {
        blackhole.consume(value);
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
        blackhole.consume(value);
    }

    @Override
    public void setString(int column, String value) {
        blackhole.consume(value);
    }

    @Override
    public void setUtf8(int column, byte[] utf8, int offset, int length) {
        blackhole.consume(utf8);
        blackhole.consume(length);
    }

    @Override
    public void setBinary(int column, byte[] value) {
        blackhole.consume(value);
    }

    @Override
    public void setDate(int column, int epochDay) {
        blackhole.consume(epochDay);
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
        blackhole.consume(epochMicros);
    }

    @Override
    public void setStruct(int column, List<?> fieldValues) {
        blackhole.consume(fieldValues);
    }

    @Override
    public void setList(int column, List<?> elements) {
        blackhole.consume(elements);
    }

    @Override
    public void setMap(int column, Map<?, ?> entries) {
        blackhole.consume(entries);
    }

    @Override
    public boolean endRow() {
        rows++;
        return true;
    }
}
