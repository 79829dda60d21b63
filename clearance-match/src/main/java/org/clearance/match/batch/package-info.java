/**
 * The one batch screening path: a row of a party file into a {@link org.clearance.match.Query}
 * ({@link PartyRows}) and a party's results into the contract's output rows ({@link ResultRow}), shared by
 * {@code clearance screen} and the Spark job so that their results cannot drift apart.
 */
package org.clearance.match.batch;
