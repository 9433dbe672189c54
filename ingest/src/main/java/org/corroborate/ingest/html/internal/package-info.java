/**
 * Helpers of the HTML reader that are not API (charset detection, date parsing, text helpers): they may change
 * without notice.
 */
package org.corroborate.ingest.html.internal;
