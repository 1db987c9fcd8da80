package dev.dovetail.appflow.wire;

/** The type of an entity field, as AppFlow names it. */
public enum FieldDataType {
    String, Integer, Float, Double, Long, Short, BigInteger, BigDecimal, ByteArray, Boolean, Date, DateTime, Struct, Map, List
}
