"""lssc-bot: answers questions about ALA-APA's Library Support Staff Certification."""
