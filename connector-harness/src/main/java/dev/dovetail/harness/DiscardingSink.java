package dev.dovetail.harness;

import dev.dovetail.api.read.RowSink;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A sink that drops every value and always wants more rows: where the harness sends rows no caller asked to see. */
final class DiscardingSink implements RowSink {
    static final DiscardingSink INSTANCE = new DiscardingSink();

    private DiscardingSink() {
    }

    @Override
    public void setNull(int column) {
    }

    @Override
    public void setBoolean(int column, boolean value) {
    }

    @Override
    public void setByte(int column, byte value) {
    }

    @Override
    public void setShort(int column, short value) {
    }

    @Override
    public void setInt(int column, int value) {
    }

    @Override
    public void setLong(int column, long value) {
    }

    @Override
    public void setFloat(int column, float value) {
    }

    @Override
    public void setDouble(int column, double value) {
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
    }

    @Override
    public void setString(int column, String value) {
    }

    @Override
    public void setUtf8(int column, byte[] utf8, int offset, int length) {
    }

    @Override
    public void setBinary(int column, byte[] value) {
    }

    @Override
    public void setDate(int column, int epochDay) {
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
    }

    @Override
    public void setStruct(int column, List<?> fieldValues) {
    }

    @Override
    public void setList(int column, List<?> elements) {
    }

    @Override
    public void setMap(int column, Map<?, ?> entries) {
    }

    @Override
    public boolean endRow() {
        return true;
    }
}
