"""Read side for the back office: lists with cursors and filters, and one-record views."""
