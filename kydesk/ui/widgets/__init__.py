"""Small widgets shared by the views: helpers, delegates."""
