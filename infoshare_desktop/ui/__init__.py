"""The Qt desktop interface: thin widgets and item models over the services."""
