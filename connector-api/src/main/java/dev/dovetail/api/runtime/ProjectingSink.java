package dev.dovetail.api.runtime;

import dev.dovetail.api.read.RowSink;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Forwards the connector's columns to the caller's sink at their output positions (dropping columns
 * only the runtime needed), feeds the bookmark key columns to the tracker, and stops after the limit
 * or when the caller asks. Once stopped, every further value and row is ignored.
 */
final class ProjectingSink implements RowSink {
    private final RowSink downstream;
    private final int[] outputIndex;
    private final int[] keySlot;
    private final BookmarkTracker tracker; // null without a bookmark
    private final RowSink keys;
    private final long limit;
    private long rows;
    private boolean stopped;

    /**
     * @param outputIndex per read column, its output position or -1
     * @param keyIndex per bookmark key, its read column
     * @param limit the most rows to forward; {@link Long#MAX_VALUE} for no limit
     */
    ProjectingSink(RowSink downstream, int[] outputIndex, int[] keyIndex, BookmarkTracker tracker, long limit) {
        this.downstream = downstream;
        this.outputIndex = outputIndex;
        this.keySlot = new int[outputIndex.length];
        java.util.Arrays.fill(keySlot, -1);
        for (int k = 0; k < keyIndex.length; k++) {
            keySlot[keyIndex[k]] = k;
        }
        this.tracker = tracker;
        this.keys = tracker == null ? null : tracker.current();
        this.limit = limit;
        this.stopped = limit == 0;
    }

    @Override
    public void setNull(int column) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setNull(out);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setNull(key);
        }
    }

    @Override
    public void setBoolean(int column, boolean value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setBoolean(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setBoolean(key, value);
        }
    }

    @Override
    public void setByte(int column, byte value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setByte(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setByte(key, value);
        }
    }

    @Override
    public void setShort(int column, short value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setShort(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setShort(key, value);
        }
    }

    @Override
    public void setInt(int column, int value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setInt(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setInt(key, value);
        }
    }

    @Override
    public void setLong(int column, long value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setLong(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setLong(key, value);
        }
    }

    @Override
    public void setFloat(int column, float value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setFloat(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setFloat(key, value);
        }
    }

    @Override
    public void setDouble(int column, double value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setDouble(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setDouble(key, value);
        }
    }

    @Override
    public void setDecimal(int column, BigDecimal value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setDecimal(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setDecimal(key, value);
        }
    }

    @Override
    public void setString(int column, String value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setString(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setString(key, value);
        }
    }

    @Override
    public void setUtf8(int column, byte[] utf8, int offset, int length) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setUtf8(out, utf8, offset, length);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setUtf8(key, utf8, offset, length);
        }
    }

    @Override
    public void setBinary(int column, byte[] value) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setBinary(out, value);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setBinary(key, value);
        }
    }

    @Override
    public void setDate(int column, int epochDay) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setDate(out, epochDay);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setDate(key, epochDay);
        }
    }

    @Override
    public void setTimestamp(int column, long epochMicros) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setTimestamp(out, epochMicros);
        }
        int key = keySlot[column];
        if (key >= 0) {
            keys.setTimestamp(key, epochMicros);
        }
    }

    @Override
    public void setStruct(int column, List<?> fieldValues) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setStruct(out, fieldValues);
        }
    }

    @Override
    public void setList(int column, List<?> elements) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setList(out, elements);
        }
    }

    @Override
    public void setMap(int column, Map<?, ?> entries) {
        if (stopped) {
            return;
        }
        int out = outputIndex[column];
        if (out >= 0) {
            downstream.setMap(out, entries);
        }
    }

    @Override
    public boolean endRow() {
        if (stopped) {
            return false;
        }
        if (tracker != null) {
            tracker.endRow();
        }
        boolean more = downstream.endRow();
        if (!more || ++rows >= limit) {
            stopped = true;
            return false;
        }
        return true;
    }
}
