package dev.dovetail.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** Helpers shared by the tests of every package. */
public final class TestSupport {
    private TestSupport() {
    }

    /** {@code value} written with Java serialization and read back, as Spark ships it to executors. */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize " + value, e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deserialize " + value, e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether {@code value}'s class claims to be serializable (a precondition of {@link #roundTrip}). */
    public static boolean isSerializable(Object value) {
        return value instanceof Serializable;
    }
}
