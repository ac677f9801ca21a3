"""kydesk report minutes|record|warroom|notice|bulletin."""


def register(sub, common, add):
    return None
