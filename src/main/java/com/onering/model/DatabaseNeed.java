package com.onering.model;

/** A PostgreSQL database and login role that a component needs; the role owns only this database. */
public record DatabaseNeed(String database, String role, String passwordSecret) {
}
