package dev.dovetail.api.schema;

import java.io.Serializable;
import java.util.List;

/**
 * The type of a field. Every type maps one way to a Spark {@code DataType} and to an AppFlow
 * {@code FieldDataType}; every value of a type has one Java representation (see {@link Kind}).
 *
 * <p>Primitive types are the constants of {@link PrimitiveType}, also reachable as {@code DataType.LONG}
 * and so on; {@link DecimalType}, {@link StructType}, {@link ListType} and {@link MapType} carry
 * parameters. All are immutable and compare by value. {@link #parse(String)} reads the names that
 * {@link #typeName()} writes, such as {@code DECIMAL(10,2)} or {@code MAP<STRING,LIST<LONG>>}.
 */
public sealed interface DataType extends Serializable
        permits PrimitiveType, DecimalType, StructType, ListType, MapType {

    DataType BOOLEAN = PrimitiveType.BOOLEAN;
    DataType BYTE = PrimitiveType.BYTE;
    DataType SHORT = PrimitiveType.SHORT;
    DataType INT = PrimitiveType.INT;
    DataType LONG = PrimitiveType.LONG;
    DataType FLOAT = PrimitiveType.FLOAT;
    DataType DOUBLE = PrimitiveType.DOUBLE;
    DataType STRING = PrimitiveType.STRING;
    DataType BINARY = PrimitiveType.BINARY;
    DataType DATE = PrimitiveType.DATE;
    DataType TIMESTAMP = PrimitiveType.TIMESTAMP;

    /** The kind of this type, for switching without instanceof chains. */
    Kind kind();

    /** The canonical name, e.g. {@code LONG}, {@code DECIMAL(10,2)}, {@code LIST<STRING>}. */
    String typeName();

    /** {@code DECIMAL(precision, scale)}; precision 1..38, scale 0..precision. */
    static DecimalType decimal(int precision, int scale) {
        return new DecimalType(precision, scale);
    }

    /** A list whose elements have type {@code element} and may be null. */
    static ListType list(DataType element) {
        return new ListType(element);
    }

    /** A map from {@code key} to {@code value}; values may be null, keys may not. */
    static MapType map(DataType key, DataType value) {
        return new MapType(key, value);
    }

    /** A struct with the given fields, in order. */
    static StructType struct(List<Field> fields) {
        return new StructType(fields);
    }

    /**
     * Parses a type name as {@link #typeName()} writes it, ignoring case and blanks; aliases
     * {@code INTEGER}, {@code BIGINT}, {@code TINYINT}, {@code SMALLINT}, {@code BIGDECIMAL},
     * {@code DECIMAL} (= {@code DECIMAL(38,18)}), {@code VARCHAR} and {@code TEXT} are accepted.
     *
     * @throws IllegalArgumentException naming the text and what was expected
     */
    static DataType parse(String text) {
        return new TypeNameParser(text).parseWhole();
    }

    /** How values of a type are represented in Java and stored in a row. */
    enum Kind {
        /** {@code boolean}; in a {@code Row}, {@link Boolean}. */
        BOOLEAN(Storage.LONG),
        /** {@code byte}; in a {@code Row}, {@link Byte}. */
        BYTE(Storage.LONG),
        /** {@code short}; in a {@code Row}, {@link Short}. */
        SHORT(Storage.LONG),
        /** {@code int}; in a {@code Row}, {@link Integer}. */
        INT(Storage.LONG),
        /** {@code long}; in a {@code Row}, {@link Long}. */
        LONG(Storage.LONG),
        /** {@code float}; in a {@code Row}, {@link Float}. */
        FLOAT(Storage.DOUBLE),
        /** {@code double}; in a {@code Row}, {@link Double}. */
        DOUBLE(Storage.DOUBLE),
        /** {@link java.math.BigDecimal} with the declared scale. */
        DECIMAL(Storage.OBJECT),
        /** {@link String}. */
        STRING(Storage.OBJECT),
        /** {@code byte[]}, never mutated once handed over. */
        BINARY(Storage.OBJECT),
        /** Days since 1970-01-01 as an {@code int}; in a {@code Row}, {@link java.time.LocalDate}. */
        DATE(Storage.LONG),
        /** Microseconds since the epoch, UTC, as a {@code long}; in a {@code Row}, {@link java.time.Instant}. */
        TIMESTAMP(Storage.LONG),
        /** A {@code List<Object>} of the field values, in field order. */
        STRUCT(Storage.OBJECT),
        /** A {@code List<Object>} of elements. */
        LIST(Storage.OBJECT),
        /** A {@code Map<Object, Object>}. */
        MAP(Storage.OBJECT);

        private final Storage storage;

        Kind(Storage storage) {
            this.storage = storage;
        }

        /** Which primitive slot a row buffer keeps values of this kind in. */
        public Storage storage() {
            return storage;
        }

        /** Whether values of this kind are ordered (can be compared with {@code <}, {@code >}). */
        public boolean isOrdered() {
            return this != BINARY && this != STRUCT && this != LIST && this != MAP && this != BOOLEAN;
        }

        /** Whether this kind is integral: byte, short, int or long. */
        public boolean isIntegral() {
            return this == BYTE || this == SHORT || this == INT || this == LONG;
        }

        /** Whether this kind is numeric: integral, floating or decimal. */
        public boolean isNumeric() {
            return isIntegral() || this == FLOAT || this == DOUBLE || this == DECIMAL;
        }
    }

    /** The slot a value lives in inside a typed row buffer: no boxing for the first two. */
    enum Storage {
        /** booleans (0/1), integral numbers, DATE (epoch day) and TIMESTAMP (epoch micros). */
        LONG,
        /** FLOAT and DOUBLE. */
        DOUBLE,
        /** Everything else, by reference. */
        OBJECT
    }
}
