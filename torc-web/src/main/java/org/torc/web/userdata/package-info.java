/**
 * REST boundary of user data records: {@code /user_data}, create, read, update, delete and list
 * with the contract's filters and paging. Each method converts parameters and delegates to its
 * service.
 */
package org.torc.web.userdata;
