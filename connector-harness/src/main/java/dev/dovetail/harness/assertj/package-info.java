/**
 * AssertJ assertions for Dovetail values: start from {@link dev.dovetail.harness.assertj.DovetailAssertions#assertThat}.
 * Every assertion returns its assert object for chaining and fails with a message that shows what was
 * expected and what was found, in AssertJ's {@code Expecting ... but was ...} form.
 */
package dev.dovetail.harness.assertj;
