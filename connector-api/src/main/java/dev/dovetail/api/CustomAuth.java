package dev.dovetail.api;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A custom authentication scheme, given inside {@link Credentials#custom()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface CustomAuth {
    /** The scheme's name. */
    String type();

    /** Its parameters. */
    AuthParameter[] parameters();
}
