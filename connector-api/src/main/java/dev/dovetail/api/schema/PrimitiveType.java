package dev.dovetail.api.schema;

/** The types without parameters. Each constant's {@link #kind()} has the same name. */
public enum PrimitiveType implements DataType {
    BOOLEAN(Kind.BOOLEAN),
    BYTE(Kind.BYTE),
    SHORT(Kind.SHORT),
    INT(Kind.INT),
    LONG(Kind.LONG),
    FLOAT(Kind.FLOAT),
    DOUBLE(Kind.DOUBLE),
    STRING(Kind.STRING),
    BINARY(Kind.BINARY),
    DATE(Kind.DATE),
    TIMESTAMP(Kind.TIMESTAMP);

    private final Kind kind;

    PrimitiveType(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String typeName() {
        return name();
    }
}
