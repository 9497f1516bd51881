/**
 * The clinical chart a chiropractor opens at every appointment: the case history, red-flag
 * screening for low back pain (cauda equina signs block prescribing until the action taken is
 * recorded) and SOAP visit notes, locked once signed and corrected only by amendments.
 * Administrators may read it; reception never sees it.
 */
package org.chirodesk.chart;
