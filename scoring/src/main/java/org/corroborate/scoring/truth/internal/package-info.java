/** Helpers of the truth package that are not API: they may change without notice. */
package org.corroborate.scoring.truth.internal;
